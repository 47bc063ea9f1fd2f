"""foi's campaigns and registry are what the parsers take (parsers/protocols.py): mypy checks
the annotated assignments below (`.venv/bin/mypy`, run by .ci/run), pytest that every
protocol member is there at run time."""

from __future__ import annotations

from foi.campaigns.campaign import available, load_campaign
from foi.reference.registry import Registry
from parsers.protocols import (
    AuthorityLike,
    CampaignLike,
    CouncilLike,
    QuestionLike,
    RegistryLike,
    UkCouncilsLike,
)


def test_every_campaign_is_what_the_parsers_take() -> None:
    for name in available():
        loaded = load_campaign(name)
        campaign: CampaignLike = loaded  # (mypy: foi.campaigns.campaign.Campaign is a CampaignLike)
        assert isinstance(campaign, CampaignLike)
        assert all(isinstance(q, QuestionLike) for q in loaded.questions)


def test_the_registry_is_what_the_parsers_take() -> None:
    loaded = Registry.load()
    registry: RegistryLike = loaded  # (mypy: foi.reference.registry.Registry is a RegistryLike)
    assert isinstance(registry, RegistryLike)
    assert isinstance(loaded.uk, UkCouncilsLike)
    assert all(isinstance(a, AuthorityLike) for a in loaded.authorities)
    assert all(isinstance(c, CouncilLike) for c in loaded.uk.councils)
