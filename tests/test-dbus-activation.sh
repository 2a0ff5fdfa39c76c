#!/bin/sh
# test-dbus-activation.sh: the desktop file's DBusActivatable=true really works.
#
# Copyright 2026 The Bounce Explainer authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-dbus-activation.sh SERVICE_IN APP APP_ID EXAMPLE
#
# GNOME Shell and the file manager start a D-Bus activatable app by calling
# org.freedesktop.Application on its well-known name; the session bus then runs the Exec line
# of the .service file. This runs a private session bus that knows only our service (with Exec
# pointing at the built app), activates the app, opens a file through D-Bus as "Open With"
# does, and quits it through its app.quit action.

set -u

service_in=$1
app=$2
app_id=$3
example=$4
object_path=/$(printf '%s' "$app_id" | tr '.' '/')

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "1..0 # SKIP no display (run the tests under xvfb-run)"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/services"

# The installed service file names $bindir/bounce-explainer; point it at the built app.
sed -e "s|@app_id@|$app_id|g" -e "s|^Exec=@bindir@/bounce-explainer|Exec=$app|" \
  "$service_in" > "$tmp/services/$app_id.service"

cat > "$tmp/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=$tmp</listen>
  <servicedir>$tmp/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF

cat > "$tmp/run.sh" <<'RUN'
set -u
app_id=$1
object_path=$2
example_uri=$3
n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }

has_owner ()
{
  gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.NameHasOwner "$app_id" 2>/dev/null | grep -q true
}

if has_owner; then
  not_ok "the app is not running before activation"
else
  ok "the app is not running before activation"
fi

# Activation by name starts the service; the call returns once the app answered.
if gdbus call --session --timeout 60 --dest "$app_id" --object-path "$object_path" \
     --method org.freedesktop.Application.Activate "{}" >/dev/null; then
  ok "org.freedesktop.Application.Activate starts the app through its .service file"
else
  not_ok "org.freedesktop.Application.Activate starts the app through its .service file"
fi

if has_owner; then
  ok "the app owns its application ID on the bus"
else
  not_ok "the app owns its application ID on the bus"
fi

# "Open With" from the file manager is an Open call with file URIs.
if gdbus call --session --timeout 60 --dest "$app_id" --object-path "$object_path" \
     --method org.freedesktop.Application.Open "['$example_uri']" "{}" >/dev/null; then
  ok "org.freedesktop.Application.Open accepts a file"
else
  not_ok "org.freedesktop.Application.Open accepts a file"
fi

# Give the worker time to analyse the file: a crash there would end the app before this.
sleep 1
actions=$(gdbus call --session --dest "$app_id" --object-path "$object_path" \
            --method org.gtk.Actions.List 2>/dev/null)
case $actions in
  *"'quit'"*) ok "the app exports its actions (for the desktop file and GNOME Shell)" ;;
  *) not_ok "the app exports its actions (got: $actions)" ;;
esac

gdbus call --session --dest "$app_id" --object-path "$object_path" \
  --method org.freedesktop.Application.ActivateAction "quit" "[]" "{}" >/dev/null 2>&1
gone=no
for _ in $(seq 1 100); do
  if ! has_owner; then
    gone=yes
    break
  fi
  sleep 0.1
done
if [ $gone = yes ]; then
  ok "app.quit through D-Bus ends the app"
else
  not_ok "app.quit through D-Bus ends the app"
fi

echo "1..$n"
[ $failed -eq 0 ]
RUN

example_uri=$(python3 -c 'import pathlib, sys; print(pathlib.Path(sys.argv[1]).resolve().as_uri())' "$example")
exec dbus-run-session --config-file="$tmp/session.conf" -- \
  sh "$tmp/run.sh" "$app_id" "$object_path" "$example_uri"
