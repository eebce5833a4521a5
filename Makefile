# Two commands for a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Material prints an end-of-life banner on every build; it is not about our site.
export NO_MKDOCS_2_WARNING := 1

# Staff read every line `make site`, `make validate` and `make serve` print, so all of it is Swedish. make would
# end a failed command with its own English line ("make: *** [Makefile:NN: site] Error 1"); instead the recipe
# says in Swedish what failed and stops make with SIGINT, which make obeys without a word once the recipe's
# shell has ended (exit status 130). `sleep` keeps the shell alive until make has the signal. A make that ignores
# SIGINT (started in the background, as some CI runners do; /proc tells) would take it for success: there the
# recipe fails as usual and make's English line stays.
fail_in_swedish = { echo "$(1)" >&2; case "$$(sed -n 's/^SigIgn:.*\(.\)$$/\1/p' /proc/$$PPID/status 2>/dev/null)" in [2367abef]) exit 1;; esac; kill -INT $$PPID; sleep 1; }

# Debian packages the browser tests need; root installs them directly.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test serve validate golden bench bench-10k screenshots system-deps clean lock lock-upgrade

# Exactly the locked versions, checked against their hashes, in a new environment whenever the lock changes
# (a package left over from an older lock could hide a missing one). The project itself is installed last,
# without resolving anything: everything it needs is in the lock.
$(VENV)/.installed: requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11, 5) else "The lock needs Python 3.11.5 or newer; found " + sys.version.split()[0] + ". Run make with PYTHON=/path/to/python3.11")'
	@echo "Installerar de låsta versionerna (requirements.lock) i $(VENV) …"
	@rm -rf $(VENV)
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	@$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

# The one way to change requirements.lock: `make lock` after editing pyproject.toml's dependencies (the other
# pins stay), `make lock-upgrade` to take every package's newest release on purpose. Review the diff, commit both.
PIP_TOOLS := pip-tools==7.7.0
lock-upgrade: LOCK_FLAGS := --upgrade
lock lock-upgrade:  ## Refresh requirements.lock from pyproject.toml (lock-upgrade: newest releases too)
	$(PYTHON) -m venv build/pip-tools
	build/pip-tools/bin/python -m pip install --quiet $(PIP_TOOLS)
	build/pip-tools/bin/pip-compile --quiet $(LOCK_FLAGS) --generate-hashes --extra test --strip-extras --allow-unsafe \
		--no-emit-index-url --no-emit-find-links --build-deps-for wheel --build-deps-for editable \
		--output-file requirements.lock pyproject.toml

# Pagefind's program for the search index, and the checkers the tests run (axe-core, the Nu HTML checker), as locked.
# Not `npm ci`: the lock holds Pagefind's program for the platforms the registry serves here, and `npm ci` refuses
# a lock without the others; `npm install --no-save` installs the locked versions and leaves the lock as it is.
node_modules/.installed: package.json package-lock.json
	@echo "Installerar sökprogrammet och testverktygen (package-lock.json) i node_modules …"
	@npm install --no-save --no-audit --no-fund --silent
	@touch $@

system-deps:  ## Chromium, Java, faketime, Tesseract with Swedish for OCR, and nginx with Brotli, from Debian
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }
	@command -v java >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq default-jre-headless; }
	@command -v faketime >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq faketime; }
	@tesseract --list-langs 2>/dev/null | grep -qx swe && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq tesseract-ocr tesseract-ocr-swe fonts-dejavu-core; }
	@[ -x /usr/sbin/nginx ] && [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq nginx libnginx-mod-http-brotli-static; }

site: $(VENV)/.installed node_modules/.installed  ## Build the site into site/
	@$(BIN)/mkdocs build --strict || $(call fail_in_swedish,make site: webbplatsen byggdes inte; rätta det som står ovan och kör make site igen. Den förra webbplatsen i site/ är orörd.)

test: $(VENV)/.installed node_modules/.installed system-deps  ## Every test: stages, a real build, a real browser
	$(BIN)/python -m pytest

# --dirty: after the first build, a save builds again only the pages it changed (generator/site/preview.py).
# Ctrl+C reaches make, the recipe's shell and MkDocs; MkDocs says goodbye and ends well. `trap :` keeps the shell
# from ending by the signal too (make would then print "Interrupt"); MkDocs still gets Ctrl+C as usual.
SERVE_AT ?= 127.0.0.1:8000
serve: $(VENV)/.installed node_modules/.installed  ## Preview on http://127.0.0.1:8000 (SERVE_AT=host:port), rebuilt on every change
	@trap : INT; $(BIN)/mkdocs serve --dirty -a $(SERVE_AT) || $(call fail_in_swedish,make serve: förhandsvisningen kunde inte starta; se meddelandet ovan.)

validate: $(VENV)/.installed  ## Check the content files only
	@$(BIN)/python -m generator validate || $(call fail_in_swedish,make validate: innehållsfilerna har fel; rätta det som står ovan och kör make validate igen.)

golden: $(VENV)/.installed  ## Refresh golden Markdown, schema/ and the README parts derived from code
	UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_golden.py tests/test_readme.py tests/test_schema.py

screenshots: site system-deps  ## PNGs of each page type, desktop and phone, in screenshots/
	cd tests && ../$(BIN)/python screenshots.py ../screenshots

bench: $(VENV)/.installed node_modules/.installed system-deps  ## 100 and 1,000 reports and adversarial files: time, memory, sizes, search
	$(BIN)/python bench/scale.py --reports 100 1000

bench-10k: $(VENV)/.installed node_modules/.installed system-deps  ## Add 10,000 reports to the benchmark's results (about 10 minutes)
	$(BIN)/python bench/scale.py --reports 10000 --no-adversarial

clean:
	rm -rf site $(VENV) build node_modules screenshots
