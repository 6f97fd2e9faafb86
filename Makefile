# Benchmarks only: nothing here is used by the test suite (`python3 -m pytest` does not run them).
PYTHON ?= python3
# NewsQuant is read where it lies (never copied into the repository)
NEWSQUANT ?= $(or $(CLAIMCHECK_NEWSQUANT),$(abspath $(CURDIR)/../shared/benchmarks/newsquant/NewsQuant.json))
# the Recognizers-Text specs likewise
RECOGNIZERS ?= $(or $(CLAIMCHECK_RECOGNIZERS),$(abspath $(CURDIR)/../shared/benchmarks/recognizers))

.PHONY: bench bench-speed bench-accuracy bench-peers bench-profile bench-check bench-recognizers

# extraction speed, NewsQuant accuracy and the peers table; regenerates benchmarks/RESULTS.md
# (bench-check times the rule engine)
bench:
	@set -e; tmp=$$(mktemp); trap 'rm -f "$$tmp"' EXIT; \
	echo "== extract_speed (5 MB)"; $(PYTHON) benchmarks/extract_speed.py | tee "$$tmp"; \
	echo "== newsquant"; $(PYTHON) benchmarks/newsquant.py "$(NEWSQUANT)" --examples 2; \
	echo "== recognizers"; $(PYTHON) benchmarks/recognizers.py --data "$(RECOGNIZERS)"; \
	echo "== peers"; CLAIMCHECK_SPEED_OUTPUT="$$tmp" $(PYTHON) benchmarks/peers.py --data "$(NEWSQUANT)"

bench-speed:
	$(PYTHON) benchmarks/extract_speed.py

bench-accuracy:
	$(PYTHON) benchmarks/newsquant.py "$(NEWSQUANT)"

bench-recognizers:
	$(PYTHON) benchmarks/recognizers.py --data "$(RECOGNIZERS)"

bench-peers:
	$(PYTHON) benchmarks/peers.py --data "$(NEWSQUANT)"

bench-profile:
	$(PYTHON) benchmarks/extract_speed.py --profile 30

# the rule engine on 10k, 100k and 1M synthetic claims (about 2 minutes, most of it building claims)
bench-check:
	$(PYTHON) benchmarks/check_speed.py
