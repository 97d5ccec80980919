-- A contract above the amount the annual plan funds goes back to the approving bureau: the contract cost it approved,
-- and its approval's number. The works start under a contract within the planned amount or within this one.
ALTER TABLE repair_project ADD COLUMN approved_contract_cost numeric(14,2) CHECK (approved_contract_cost >= 0);
ALTER TABLE repair_project ADD COLUMN contract_approval_reference varchar(100);
ALTER TABLE repair_project ADD CONSTRAINT repair_project_contract_approval_complete CHECK (
    (approved_contract_cost IS NULL) = (contract_approval_reference IS NULL));
