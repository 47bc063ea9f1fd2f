"""The coded values and fields of a campaign's dataset, without pyarrow: `foi filter`'s options
are built from them whenever the command line is read, `foi --help` included.

Every coded field comes from the campaign file (foi/campaigns/<name>.toml, read as
`FieldSpec`s by foi/campaigns/campaign.py); `outcome` and `status` are the same for every campaign.
`CODED_VALUES` and `FIELDS` at module level are the default campaign's.
"""

from __future__ import annotations

from typing import Any

OUTCOMES = ["answered", "partial", "refused", "not_held", "redirected"]
STATUSES = ["answered", "see_other", "not_held", "refused", "redirected", "not_answered"]
# What `foi filter --<count-by-year field>` takes: figures given, any year suppressed, none.
COUNT_FILTERS = ("given", "suppressed", "none")


def coded_values(specs: dict[str, Any]) -> dict[str, list[str]]:
    """Each category column's allowed values, in the campaign's order."""
    return {
        "outcome": list(OUTCOMES),
        **{name: list(spec.values) for name, spec in specs.items() if spec.coded},
        "status": list(STATUSES),
    }


def field_names(specs: dict[str, Any]) -> list[str]:
    return list(specs)


def _default_specs() -> dict[str, Any]:
    from foi.campaigns.campaign import load_specs

    return load_specs()


def __getattr__(name: str) -> Any:
    if name == "CODED_VALUES":
        return coded_values(_default_specs())
    if name == "FIELDS":
        return field_names(_default_specs())
    raise AttributeError(name)
