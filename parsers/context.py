"""What a coder sees of one response."""

from __future__ import annotations

from dataclasses import dataclass, field

from parsers.coding import Coded
from parsers.model import Block
from parsers.protocols import CampaignLike


@dataclass
class Context:
    answers: dict[int, str]  # question number -> answer text
    text: str  # the whole response, quoted request excluded
    campaign: CampaignLike  # foi.campaigns.campaign.Campaign (parsers do not import foi)
    coded: dict[str, Coded] = field(default_factory=dict)  # fields coded so far
    # The document's blocks in reading order (table cells with their table, row and cell),
    # for coders that read figures from tables.
    blocks: list[Block] = field(default_factory=list)

    def answers_from(self, *numbers: int) -> list[str]:
        """Answers in the order a field should read them; missing ones skipped."""
        return [self.answers[n] for n in numbers if self.answers.get(n)]
