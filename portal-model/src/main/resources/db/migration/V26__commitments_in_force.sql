-- Issue 14: the commitments board lists the commitments of the plans in force, overdue first. The
-- plan's status was on joint_plan alone, and MariaDB (ANALYZE of the board's statements on the
-- benchmark's 400,000 commitments) read every partner of the vendor, each one's 8 plans (80,000,
-- keeping the 12.5% in force) and their commitments, for each count and then again for the page,
-- with a temporary table and a sort (400-600 ms a statement); an index on joint_plan's status was
-- tried and not enough (160-430 ms). The commitment now carries whether its plan version is in force
-- (kept by JointPlanService when a version comes into force and when it is superseded), and one index
-- holds the board's order: the commitments in force by due date and id, with their status for the
-- overdue test, so the page reads its rows in order and the counts read the index alone.
ALTER TABLE plan_commitment ADD COLUMN in_force BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE plan_commitment c JOIN joint_plan p ON p.id = c.plan_id SET c.in_force = TRUE WHERE p.status = 'IN_FORCE';

CREATE INDEX ix_plan_commitment_in_force ON plan_commitment (vendor_id, in_force, due_date, id, status);

-- The index by due date alone goes: it offered the same order, and after a bulk load (statistics not
-- yet recounted) MariaDB chose it for the board's page (ORDER BY due date LIMIT 25), walking from the
-- oldest due date through ~350,000 commitments of superseded plans before the ones in force (9.5 s
-- with FORCE INDEX on the benchmark's data). Nothing else needs it: "my commitments" reads the owner's
-- index, the plan's own reads go by plan.
DROP INDEX ix_plan_commitment_due ON plan_commitment;
