-- A document number is unique per school and calendar year (Nghị định 30/2020 numbers documents from 1 January).
-- DOC_YEAR is the year of DOC_DATE while the plan has both a number and a date, else NULL: the unique constraint
-- ignores rows with a NULL, so unnumbered and undated plans never collide. Of plans that already share a number,
-- the oldest keeps it here; the others get DOC_YEAR on their next save, which the constraint then refuses until
-- their number is changed (the validation already reported them). Derby; see the .postgresql variant.

ALTER TABLE PLAN.PLAN_DOCUMENT ADD COLUMN DOC_YEAR INTEGER;

UPDATE PLAN.PLAN_DOCUMENT D SET DOC_YEAR = YEAR(DOC_DATE)
WHERE D.DOC_NUMBER IS NOT NULL AND D.DOC_DATE IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM PLAN.PLAN_DOCUMENT O
                  WHERE O.SCHOOL_ID = D.SCHOOL_ID AND O.DOC_NUMBER = D.DOC_NUMBER
                    AND YEAR(O.DOC_DATE) = YEAR(D.DOC_DATE) AND O.ID < D.ID);

ALTER TABLE PLAN.PLAN_DOCUMENT ADD CONSTRAINT UQ_PLAN_DOCUMENT_NUMBER UNIQUE (SCHOOL_ID, DOC_YEAR, DOC_NUMBER);
