-- PostgreSQL variant of V002__unique_document_number.sql (EXTRACT instead of Derby's YEAR), otherwise identical.
-- A document number is unique per school and calendar year. DOC_YEAR is the year of DOC_DATE while the plan has
-- both a number and a date, else NULL (ignored by the unique constraint). Of plans that already share a number,
-- the oldest keeps it; the others are refused on their next save until their number is changed.

ALTER TABLE PLAN.PLAN_DOCUMENT ADD COLUMN DOC_YEAR INTEGER;

UPDATE PLAN.PLAN_DOCUMENT D SET DOC_YEAR = CAST(EXTRACT(YEAR FROM D.DOC_DATE) AS INTEGER)
WHERE D.DOC_NUMBER IS NOT NULL AND D.DOC_DATE IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM PLAN.PLAN_DOCUMENT O
                  WHERE O.SCHOOL_ID = D.SCHOOL_ID AND O.DOC_NUMBER = D.DOC_NUMBER
                    AND EXTRACT(YEAR FROM O.DOC_DATE) = EXTRACT(YEAR FROM D.DOC_DATE) AND O.ID < D.ID);

ALTER TABLE PLAN.PLAN_DOCUMENT ADD CONSTRAINT UQ_PLAN_DOCUMENT_NUMBER UNIQUE (SCHOOL_ID, DOC_YEAR, DOC_NUMBER);
