-- One database per service (the property database is created by POSTGRES_DB).
CREATE DATABASE allocation;
CREATE DATABASE maintenance;
CREATE DATABASE supervision;
