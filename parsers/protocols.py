"""What the parsers need from a campaign and from the registry of authorities.

The parsers do not import `foi`: a campaign (foi.campaigns.campaign.Campaign) and the registry
(foi.reference.registry.Registry) come in from the caller and are described here by what the parsers
read of them. Both satisfy these protocols structurally (tests/test_protocols.py has mypy
check it); a stand-in for either needs only what is listed. Members are read-only properties,
so frozen dataclasses and cached properties satisfy them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from types import ModuleType
from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class QuestionLike(Protocol):
    """One of the campaign's questions (foi.campaigns.campaign.Question)."""

    @property
    def no(self) -> int: ...
    @property
    def key(self) -> str: ...  # a short name of its topic, read as one of its keywords
    @property
    def text(self) -> str: ...
    @property
    def keywords(self) -> Sequence[str]: ...
    @property
    def answer_keywords(self) -> Sequence[str]: ...  # words its answers use
    @property
    def conditional(self) -> bool: ...  # asked only "if ...": silence is not a partial reply


@runtime_checkable
class CampaignLike(Protocol):
    """One round-robin request (foi.campaigns.campaign.Campaign)."""

    @property
    def id(self) -> str: ...
    @property
    def questions(self) -> Sequence[QuestionLike]: ...
    # Each coded field's table as the campaign file writes it ("question", "type", "coder",
    # "rules", "default", ...) with its patterns compiled: TOML values, so `Any`.
    @property
    def fields(self) -> Mapping[str, Mapping[str, Any]]: ...
    @property
    def settings(self) -> Mapping[str, Any]: ...  # the [campaign] table
    @property
    def rules(self) -> ModuleType | None: ...  # the module holding its fields' coders

    def match(self, text: str) -> tuple[bool, list[str]]:
        """Does the text answer the request? With the fingerprint groups it matched."""
        ...


class NameMatchLike(Protocol):
    """A name found in a text (a regex match satisfies it)."""

    def group(self, _: int = 0, /) -> str: ...
    def start(self) -> int: ...
    def end(self) -> int: ...


class NameFinderLike(Protocol):
    """Every one of many names in running text, longest first, none overlapping."""

    def finditer(self, text: str) -> Iterator[NameMatchLike]: ...


@runtime_checkable
class AuthorityLike(Protocol):
    """One of the registry's authorities (foi.reference.registry.Authority)."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...


@runtime_checkable
class CouncilLike(Protocol):
    """Any current UK council (foi.reference.registry.Council)."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def county_code(self) -> str: ...
    @property
    def children_services(self) -> bool: ...


@runtime_checkable
class UkCouncilsLike(Protocol):
    """Every current UK council (foi.reference.uk_councils.UkCouncils)."""

    @property
    def name_finder(self) -> NameFinderLike: ...
    @property
    def by_code(self) -> Mapping[str, CouncilLike]: ...
    def for_variant(self, text: str) -> CouncilLike: ...


@runtime_checkable
class RegistryLike(Protocol):
    """The authorities with children's services (foi.reference.registry.Registry)."""

    @property
    def name_finder(self) -> NameFinderLike: ...  # every name variant in running text
    @property
    def uk(self) -> UkCouncilsLike: ...
    def code_for_variant(self, text: str) -> str: ...
    def get(self, code: str) -> AuthorityLike | None: ...
    def by_domain(self, host: str) -> AuthorityLike | None: ...
