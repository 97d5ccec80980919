-- The registry's dissolution (撤销) or merger of a unit: from that day it declares no repair.
ALTER TABLE declaring_unit ADD COLUMN dissolved_on date;
