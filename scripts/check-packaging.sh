#!/usr/bin/env bash
# Checks the Linux packaging sources without building a package (fast; run by `make check`):
# - the .desktop template (packaging/linux/campaign-desk.desktop), filled in as Tauri's bundler fills it, passes
#   desktop-file-validate and offers the app for .ics files and webcal links (MimeType, Exec with %u);
# - the AppStream metainfo passes `appstreamcli validate --no-net`;
# - every icon tauri.conf.json lists exists, and a PNG named WxH is that size;
# - the files the .deb and .rpm take in (the CLI, the metainfo) are the ones named here.
# `make dist` builds the packages themselves and checks what is inside them (scripts/dist.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in desktop-file-validate appstreamcli identify python3; do
  command -v "$tool" >/dev/null || { echo "check-packaging: $tool missing; run scripts/setup.sh" >&2; exit 1; }
done

DESKTOP=packaging/linux/campaign-desk.desktop
METAINFO=packaging/linux/org.campaigndesk.app.metainfo.xml
work=$(mktemp -d "${TMPDIR:-/tmp}/campaign-desk-packaging.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The bundler's Handlebars variables, as it sets them for this app (exec and icon = the binary; the name is written
# out, since on Linux productName is `campaign-desk`, tauri.linux.conf.json, which names the desktop file).
sed -e 's/{{exec}}/campaign-desk-app/g' -e 's/{{icon}}/campaign-desk-app/' \
  "$DESKTOP" >"$work/campaign-desk.desktop"
if grep -n '{{' "$work/campaign-desk.desktop"; then
  echo "check-packaging: $DESKTOP uses a template variable this check does not fill in" >&2
  exit 1
fi
desktop-file-validate "$work/campaign-desk.desktop"
grep -qx 'MimeType=text/calendar;x-scheme-handler/webcal;x-scheme-handler/webcals;' "$DESKTOP" ||
  { echo "check-packaging: $DESKTOP lacks MimeType=text/calendar;x-scheme-handler/webcal;x-scheme-handler/webcals;" >&2; exit 1; }
grep -qx 'Categories=Office;Calendar;' "$DESKTOP" || { echo "check-packaging: $DESKTOP lacks Categories=Office;Calendar;" >&2; exit 1; }
# %u: a file (as a path or file:// URI) or a webcal:// link, which opened_files.rs tells apart.
grep -q '^Exec=.* %u$' "$DESKTOP" || { echo "check-packaging: $DESKTOP: Exec does not pass the opened file or link (%u)" >&2; exit 1; }

appstreamcli validate --no-net "$METAINFO" >"$work/appstream.log" 2>&1 || {
  cat "$work/appstream.log" >&2
  echo "check-packaging: $METAINFO does not validate" >&2
  exit 1
}

python3 - "$METAINFO" <<'PY'
import json, os, re, subprocess, sys
conf = json.load(open("tauri.conf.json"))
bundle = conf["bundle"]
problems = []
for icon in bundle["icon"]:
    if not os.path.isfile(icon):
        problems.append(f"icon {icon} is listed in tauri.conf.json but missing")
        continue
    m = re.search(r"(\d+)x(\d+)(@2x)?\.png$", icon)
    if m:
        size = subprocess.run(["identify", "-format", "%wx%h", icon], capture_output=True, text=True).stdout
        scale = 2 if m.group(3) else 1
        want = f"{int(m.group(1)) * scale}x{int(m.group(2)) * scale}"
        if size != want:
            problems.append(f"{icon} is {size}, its name says {want}")
if not any(a.get("mimeType") == "text/calendar" and "ics" in a.get("ext", []) for a in bundle.get("fileAssociations", [])):
    problems.append("bundle.fileAssociations does not declare .ics as text/calendar")
for kind in ("deb", "rpm"):
    cfg = bundle["linux"][kind]
    if cfg.get("desktopTemplate") != "packaging/linux/campaign-desk.desktop":
        problems.append(f"bundle.linux.{kind}.desktopTemplate is not packaging/linux/campaign-desk.desktop")
    files = cfg.get("files", {})
    if files.get("/usr/bin/campaign-desk") != "target/release/campaign-desk":
        problems.append(f"bundle.linux.{kind}.files does not install the CLI as /usr/bin/campaign-desk")
    meta = "/usr/share/metainfo/" + os.path.basename(sys.argv[1])
    if files.get(meta) != sys.argv[1]:
        problems.append(f"bundle.linux.{kind}.files does not install {sys.argv[1]} as {meta}")
    if not cfg.get("depends"):
        problems.append(f"bundle.linux.{kind}.depends is empty")
ident = conf["identifier"]
if os.path.basename(sys.argv[1]) != f"{ident}.metainfo.xml":
    problems.append(f"the metainfo file should be named {ident}.metainfo.xml")
if f"<id>{ident}</id>" not in open(sys.argv[1]).read():
    problems.append(f"the metainfo's <id> is not {ident}")
for p in problems:
    print("check-packaging:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
echo "check-packaging: ok (desktop entry, metainfo, icons, package files)"
