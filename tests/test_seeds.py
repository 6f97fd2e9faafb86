"""Acceptance test on the five seed articles (third-party text, read from ../shared/seeds
or $CLAIMCHECK_SEEDS; never copied into this repository)."""

from expected_format import claim_problems


def test_every_expected_seed_claim_is_extracted(seeds):
    total, problems = claim_problems(seeds)
    assert not problems, f"{len(problems)} of {total} expected claims not read right:\n  " + "\n  ".join(problems)
