"""The parts of an FOI letter that belong to no answer: re-use licence, review and ICO
paragraphs, sign-offs, email disclaimers."""

from __future__ import annotations

import re
from functools import lru_cache

# Said anywhere in a line: the licence, the review and ICO paragraphs, a refusal notice.
BOILERPLATE = re.compile(
    r"""(?ix)
      \b(?:you\s(?:may|can|are\sfree\sto)\s(?:also\s)?re-?use) | \byou\sare\sfree\sto\suse\s(?:this|the)\sinformation | \bre-?us(?:e|ing)\s(?:of\s)?(?:this|the)\sinformation\b
    | \bOpen\sGovernment\sLicen[cs]e\b | \bcopyright\sof\b | \bsubject\sto\scopyright\b
    | \binternal\sreview\b | \bInformation\sCommissioner | \bico\.org\.uk\b
    | \b(?:this|it|this\s(?:letter|e-?mail|response|reply))\s(?:is|acts\sas|constitutes|serves\sas)\sa\s(?:formal\s)?(?:refusal\s)?notice\b
    | \bre-?usable\b | \bre-use\b | \bmay\sbe\sre-?used\b
    """
)
# What opens a line of boilerplate (tried at its start only, not at every character).
OPENING = re.compile(
    r"""(?ix)
      re-?us(?:e|ing)\b | complaints?\b
    | (?:yours\s(?:sincerely|faithfully)|kind\sregards|best\sregards|regards|many\sthanks|best\swishes|thanks,)
    | this\s(?:e-?mail|message)\sand\sany\sattachments | disclaimer\b
    | if\syou\s(?:are|remain|have)\s(?:still\s)?(?:not\s)?(?:dissatisfied|unhappy|happy|satisfied|content)
    | your\sright\sto\s | right\sof\sappeal | further\sinformation$ | most\sof\sthe\sinformation\sthat\swe\sprovide
    | attachments?:\snone
    | your\srights?\s*$ | rights\sof\sappeal\s*$
    | (?:we|i)\s(?:hope|trust)\s(?:that\s)?(?:this|the)\s(?:(?:information|response|reply)\s)?(?:is|has\sbeen|will\sbe)\s(?:of\s(?:some\s)?)?(?:help|use|assistance|helpful|useful)
    | public\sinterest\s(?:test|considerations?|arguments?)(?:\s*\(.{0,30}\))?\s*$
    """
)


@lru_cache(maxsize=8192)
def is_boilerplate(text: str) -> bool:
    # Cached: the splitter, the trimmer and the recogniser each ask it of the same lines.
    text = text.strip()
    return OPENING.match(text) is not None or BOILERPLATE.search(text) is not None
