# Campaign Desk. `make run` builds and opens the app; `make test` runs every check, end-to-end included.
# Both install what is missing first (scripts/setup.sh). See README.md.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
# Steps share target/ and two cores: run them one after the other, even under `make -j`.
.NOTPARALLEL:

APP_CRATE := campaign-desk-app
APP_BIN := $(or $(CARGO_TARGET_DIR),target)/debug/$(APP_CRATE)
# `make run` is for using the app: an optimised build (the calendar's queries and IPC are ~10x faster than debug).
# Tests use the debug build, which compiles much faster.
APP_RELEASE_BIN := $(or $(CARGO_TARGET_DIR),target)/release/$(APP_CRATE)
# Lint and test the app with the same features `make app` builds it with, so going from one to the other does
# not recompile tauri. With `custom-protocol` the binary embeds ui/dist, which must therefore be built first.
APP_FEATURES := --features $(APP_CRATE)/custom-protocol
E2E_MANIFEST := --manifest-path tests/e2e/Cargo.toml

.PHONY: help setup ui app run check test e2e fmt bindings dist

help:
	@echo "make run       install what is missing, build, and open the app"
	@echo "make test      every check: format, lint, Rust tests, UI checks and tests, end-to-end"
	@echo "make check     the same without the end-to-end tests (no display needed)"
	@echo "make e2e       build the app and run only the end-to-end tests"
	@echo "make fmt       format the Rust code"
	@echo "make bindings  regenerate ui/src/lib/bindings from the Rust types"
	@echo "make dist      build the Linux packages (.deb, .rpm) and check what is in them (slow; not in make test)"
	@echo "make setup | ui | app   the single steps"

setup:
	scripts/setup.sh

ui:
	cd ui && npm run build

app: ui
	cargo build -p $(APP_CRATE) --features custom-protocol

run: setup ui
	cargo build --release -p $(APP_CRATE) --features custom-protocol
	"$(abspath $(APP_RELEASE_BIN))"

check: setup ui
	cargo fmt --all --check
	cargo fmt $(E2E_MANIFEST) --check
	cargo clippy --workspace --all-targets $(APP_FEATURES) -- -D warnings
	cargo clippy $(E2E_MANIFEST) --all-targets -- -D warnings
	cargo test --workspace $(APP_FEATURES)
	scripts/fuzz.sh --short
	scripts/ics-crosscheck.sh
	scripts/check-packaging.sh
	cd ui && npm run check && npm test

test: check app
	scripts/package-check.sh
	scripts/e2e.sh
	E2E_KEYRING=1 scripts/e2e.sh --test encryption_keyring -- --ignored
	scripts/single-instance-check.sh

e2e: app
	scripts/e2e.sh
	E2E_KEYRING=1 scripts/e2e.sh --test encryption_keyring -- --ignored
	scripts/single-instance-check.sh

dist: setup
	scripts/dist.sh

fmt:
	cargo fmt --all
	cargo fmt $(E2E_MANIFEST)

bindings:
	UPDATE_BINDINGS=1 cargo test -p campaign-desk --test bindings
