"""The coded values and fields of the dataset, without pyarrow: `foi filter`'s options are
built from them whenever the command line is read, `foi --help` included."""

from __future__ import annotations

CODED_VALUES = {
    "outcome": ["answered", "partial", "refused", "not_held", "redirected"],
    "review_held": ["formal", "informal", "none", "not_stated"],
    "papers_provided": ["yes", "no", "not_stated"],
    "s47_all_cases": ["yes", "no", "not_stated"],
    "changes_made": ["yes", "no", "not_stated"],
    "definition_changed": ["yes", "no", "not_stated"],
    "rolling_is_non_mobile": ["yes", "no", "not_stated"],
    "age_based": ["yes", "no", "not_stated"],
    "status": ["answered", "see_other", "not_held", "refused", "redirected", "not_answered"],
}
FIELDS = [
    "review_held",
    "review_date",
    "papers_provided",
    "s47_all_cases",
    "changes_made",
    "definition_changed",
    "rolling_is_non_mobile",
    "age_based",
    "age_threshold_months",
]
