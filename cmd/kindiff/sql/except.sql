-- Rows of {{a}} not matched one for one by a row of {{b}}, over the columns
-- {{cols}} (floating columns rounded when the comparison asks for it).
SELECT count(*) FROM (SELECT {{cols}} FROM {{a}} EXCEPT ALL SELECT {{cols}} FROM {{b}});
