-- After copying a ledger: new batch ids follow the copied ones.
CREATE OR REPLACE SEQUENCE meta.batch_seq START %d;
