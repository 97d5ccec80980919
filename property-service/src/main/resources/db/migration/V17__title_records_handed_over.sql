-- Whether the title's records (权属资料) were handed over to the bureau: with the state, the 权属登记情况 of domain.md §8.1
-- (已移交 / 未移交权属资料). Nothing said so for the titles recorded before.
ALTER TABLE title ADD COLUMN records_handed_over boolean NOT NULL DEFAULT false;
