-- A building disposed of (处置) by allocation: it leaves the totals with its rooms (retired that day); its history stays.
ALTER TABLE building ADD COLUMN disposed_on date;
ALTER TABLE building ADD COLUMN disposal_method varchar(20);
ALTER TABLE building ADD COLUMN disposal_reference varchar(40);
