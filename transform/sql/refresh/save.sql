-- After a successful transform: remember the batches it read.
DELETE FROM meta.transform_batches;
INSERT INTO meta.transform_batches SELECT batch_id FROM meta.batches WHERE replaced_by IS NULL;
