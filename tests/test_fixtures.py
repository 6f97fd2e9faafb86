"""The same acceptance test on our own articles of an invented event (fixtures/): the
rules must generalize beyond the seeds."""

from expected_format import claim_problems


def test_every_expected_fixture_claim_is_extracted(fixtures_dir):
    total, problems = claim_problems(fixtures_dir)
    assert not problems, f"{len(problems)} of {total} expected claims not read right:\n  " + "\n  ".join(problems)


def test_every_expected_claim_of_the_second_fixture_set_is_extracted(fixtures_dir):
    total, problems = claim_problems(fixtures_dir / "quake")
    assert not problems, f"{len(problems)} of {total} expected claims not read right:\n  " + "\n  ".join(problems)


def test_every_expected_claim_of_the_two_events_fixture_set_is_extracted(fixtures_dir):
    total, problems = claim_problems(fixtures_dir / "twoquakes")
    assert total == 16
    assert not problems, "\n".join(problems)


def test_every_expected_claim_of_the_trials_fixture_set_is_extracted(fixtures_dir):
    total, problems = claim_problems(fixtures_dir / "trials")
    assert total == 16
    assert not problems, "\n".join(problems)


def test_every_expected_claim_of_the_bombing_fixture_set_is_extracted(fixtures_dir):
    total, problems = claim_problems(fixtures_dir / "bombing")
    assert total == 11
    assert not problems, "\n".join(problems)
