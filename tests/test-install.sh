#!/bin/sh
# test-install.sh: `meson install` produces a complete, valid installation.
#
# Copyright 2026 The Bounce Explainer authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-install.sh BUILD_DIR SOURCE_DIR PREFIX BINDIR DATADIR LOCALEDIR APP_ID GETTEXT_PACKAGE
#                        HELP_ID MANDIR
#
# Installs the already built tree into a temporary DESTDIR (meson's post-install steps are
# skipped there) and checks what a distribution package or a Flatpak would ship: the app and
# the CLI, the desktop file, D-Bus service, metainfo, icons, schema, help and translations,
# all validated with the same tools as the source files.

set -u

build_dir=$1
source_dir=$2
prefix=$3
bindir=$4
datadir=$5
localedir=$6
app_id=$7
gettext_package=$8
help_id=$9
mandir=${10}

n=0
failed=0

ok ()
{
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok ()
{
  n=$((n + 1))
  failed=$((failed + 1))
  echo "not ok $n - $1"
}

# check DESCRIPTION COMMAND...: runs the command, shows its output as TAP comments.
check ()
{
  description=$1
  shift
  if output=$("$@" 2>&1); then
    ok "$description"
  else
    not_ok "$description"
  fi
  [ -n "$output" ] && printf '%s\n' "$output" | sed 's/^/# /'
  return 0
}

exists ()
{
  if [ -e "$2" ]; then
    ok "$1"
  else
    not_ok "$1 ($2 is missing)"
  fi
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dest=$tmp/dest

check "meson install into a DESTDIR" meson install -C "$build_dir" --destdir "$dest" --no-rebuild --quiet

bin=$dest$bindir
data=$dest$datadir
locale=$dest$localedir

exists "the app is installed" "$bin/bounce-explainer"
exists "the CLI is installed" "$bin/explain-bounce"

desktop=$data/applications/$app_id.desktop
exists "desktop file is installed under the app ID" "$desktop"
check "desktop-file-validate on the installed desktop file" desktop-file-validate "$desktop"
if grep -qx "Exec=bounce-explainer %U" "$desktop" && grep -qx "Icon=$app_id" "$desktop"; then
  ok "desktop file runs bounce-explainer and uses the app icon"
else
  not_ok "desktop file runs bounce-explainer and uses the app icon"
fi

service=$data/dbus-1/services/$app_id.service
exists "D-Bus service file is installed (DBusActivatable)" "$service"
if grep -qx "Name=$app_id" "$service" 2>/dev/null \
   && grep -qx "Exec=$bindir/bounce-explainer --gapplication-service" "$service" 2>/dev/null; then
  ok "D-Bus service starts the installed app as a GApplication service"
else
  not_ok "D-Bus service starts the installed app as a GApplication service"
fi

metainfo=$data/metainfo/$app_id.metainfo.xml
exists "metainfo is installed" "$metainfo"
check "appstreamcli validate --no-net on the installed metainfo" appstreamcli validate --no-net --explain "$metainfo"
for binary in $(sed -n 's|.*<binary>\(.*\)</binary>.*|\1|p' "$metainfo"); do
  exists "metainfo provides binary $binary, which is installed" "$bin/$binary"
done

exists "manual page of the app" "$dest$mandir/man1/bounce-explainer.1"
exists "manual page of the CLI" "$dest$mandir/man1/explain-bounce.1"

exists "scalable app icon" "$data/icons/hicolor/scalable/apps/$app_id.svg"
exists "symbolic app icon" "$data/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"

schemas=$data/glib-2.0/schemas
exists "GSettings schema is installed" "$schemas/$app_id.gschema.xml"
mkdir -p "$tmp/schemas"
check "glib-compile-schemas --strict on the installed schemas" \
  glib-compile-schemas --strict --targetdir "$tmp/schemas" "$schemas"
keys=$(GSETTINGS_SCHEMA_DIR=$tmp/schemas GSETTINGS_BACKEND=memory \
       gsettings list-keys io.github.bounceexplainer.BounceExplainer 2>&1 | sort | tr '\n' ' ')
if [ "$keys" = "window-height window-maximized window-width " ]; then
  ok "installed schema has the window-state keys"
else
  not_ok "installed schema has the window-state keys (got: $keys)"
fi

help=$data/help/C/$help_id
exists "help is installed" "$help/index.page"
pages=$(ls "$source_dir"/help/C/*.page 2>/dev/null | wc -l)
installed_pages=$(ls "$help"/*.page 2>/dev/null | wc -l)
if [ "$pages" -gt 0 ] && [ "$pages" -eq "$installed_pages" ]; then
  ok "all $pages help pages are installed"
else
  not_ok "all help pages are installed ($installed_pages of $pages)"
fi
exists "help media are installed" "$help/figures/$help_id.svg"

for lang in $(grep -v '^#' "$source_dir/po/LINGUAS"); do
  exists "$lang translation is installed" "$locale/$lang/LC_MESSAGES/$gettext_package.mo"
done
for lang in $(grep -v '^#' "$source_dir/help/LINGUAS" 2>/dev/null); do
  exists "$lang help is installed" "$data/help/$lang/$help_id/index.page"
done

# The installed CLI runs from its new place and analyses a bounce.
version=$("$bin/explain-bounce" --version 2>&1)
case $version in
  *"$(sed -n "s/^  version: '\(.*\)',/\1/p" "$source_dir/meson.build")"*) ok "installed explain-bounce --version: $version" ;;
  *) not_ok "installed explain-bounce --version (got: $version)" ;;
esac

example=$source_dir/data/examples/user-unknown.eml
"$bin/explain-bounce" --json "$example" > "$tmp/out.jsonl" 2> "$tmp/err.txt"
status=$?
if [ $status -eq 0 ] && python3 - "$tmp/out.jsonl" <<'PYTHON'
import json, sys
records = [json.loads(line) for line in open(sys.argv[1], encoding='utf-8') if line.strip()]
assert records, 'no output'
failed = [r for r in records if r.get('bounce') is True]
assert failed, 'no bounce found'
r = failed[0]
assert r['recipient'] == 't.okafor@example.org', r['recipient']
assert r['status'] == '5.1.1', r['status']
assert r['severity'] == 'permanent', r['severity']
assert r['reason'] == 'userunknown', r['reason']
assert r['hard_bounce'] is True
assert isinstance(r['checklist'], list) and r['checklist']
PYTHON
then
  ok "installed explain-bounce --json explains the user-unknown example"
else
  not_ok "installed explain-bounce --json explains the user-unknown example (exit $status)"
  sed 's/^/# /' "$tmp/out.jsonl" "$tmp/err.txt"
fi

# The installed CLI speaks every language of po/LINGUAS when LANGUAGE asks for it. It looks
# for its catalogues in the configured prefix, so run it in a private mount namespace where
# the DESTDIR tree stands at the prefix (not for /usr, which would hide the system).
english_help=$(LANGUAGE= "$bin/explain-bounce" --help 2>&1)
english_json=$(LANGUAGE= "$bin/explain-bounce" --json "$example" 2>/dev/null)
for lang in $(grep -v '^#' "$source_dir/po/LINGUAS"); do
  if [ "$prefix" = /usr ] || [ "$prefix" = / ] || [ ! -d "$prefix" ] || ! unshare -m true 2>/dev/null; then
    ok "installed explain-bounce speaks $lang # SKIP needs a mount namespace and a prefix other than /usr"
    continue
  fi
  run_in_prefix ()
  {
    unshare -m sh -c 'mount --bind "$1" "$2" && shift 2 && exec "$@"' sh "$dest$prefix" "$prefix" "$@"
  }
  help_text=$(run_in_prefix env LANGUAGE="$lang" "$bindir/explain-bounce" --help 2>&1)
  json_text=$(run_in_prefix env LANGUAGE="$lang" "$bindir/explain-bounce" --json "$example" 2>/dev/null)
  if [ -n "$help_text" ] && [ "$help_text" != "$english_help" ] \
     && [ -n "$json_text" ] && [ "$json_text" != "$english_json" ]; then
    ok "installed explain-bounce speaks $lang (--help and --json explanations)"
  else
    not_ok "installed explain-bounce speaks $lang (--help and --json explanations)"
    printf '%s\n' "$help_text" | head -n 3 | sed 's/^/# /'
  fi
done

echo "1..$n"
[ $failed -eq 0 ]
