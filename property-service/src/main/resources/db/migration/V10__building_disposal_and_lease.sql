-- A building disposed of (处置) by allocation: it leaves the totals with its rooms (retired that day); its history stays.
ALTER TABLE building ADD COLUMN disposed_on date;
ALTER TABLE building ADD COLUMN disposal_method varchar(20);
ALTER TABLE building ADD COLUMN disposal_reference varchar(40);

-- Leased premises (origin LEASED): the contract allocation recorded, so that the registry shows which lease they are held under.
ALTER TABLE building ADD COLUMN lease_number varchar(40);
ALTER TABLE building ADD COLUMN lease_ends_on date;
