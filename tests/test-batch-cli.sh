#!/bin/sh
# test-batch-cli.sh: explain-bounce --summary and --csv over a batch of fixtures.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-batch-cli.sh EXPLAIN_BOUNCE FIXTURES_DIR
#
# Expected values come from what the fixtures say (see fixtures/expected.ini):
# postfix-user-unknown.eml is a hard bounce for jwalsh@example.org, exim-multi.eml
# a full mailbox for h.larsen@example.org, not-a-bounce.eml an ordinary message.

set -u

cli=$1
fixtures=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

n=0
failed=0

check ()
{
  n=$((n + 1))
  if eval "$2"; then
    echo "ok $n - $1"
  else
    echo "not ok $n - $1"
    failed=1
  fi
}

echo "1..11"

# The same hard bounce twice, differently capitalised.
sed 's/jwalsh@example.org/JWalsh@Example.ORG/g' "$fixtures/postfix-user-unknown.eml" > "$tmp/upper.eml"
set -- "$fixtures/postfix-user-unknown.eml" "$tmp/upper.eml" "$fixtures/exim-multi.eml" \
       "$fixtures/not-a-bounce.eml" "$fixtures/mbox/several.mbox"

"$cli" --summary "$@" > "$tmp/summary" 2> "$tmp/summary.err"
status=$?
check "--summary succeeds" '[ $status -eq 0 ] && [ ! -s "$tmp/summary.err" ]'
messages=$("$cli" --json "$@" | grep -c '"message"')
n_mbox=$("$cli" --json "$fixtures/mbox/several.mbox" | sed 's/.*"message":\([0-9]*\).*/\1/' | sort -u | wc -l)
check "--summary counts every message" 'grep -q "^Messages: $((4 + n_mbox)) " "$tmp/summary"'
check "--summary counts by category" 'grep -q "^  not-bounce  *[1-9]" "$tmp/summary" && grep -q "^  permanent  *[1-9]" "$tmp/summary"'
check "--summary counts by reason" 'grep -q "^  userunknown  *[1-9]" "$tmp/summary" && grep -q "^  mailboxfull  *[1-9]" "$tmp/summary"'
check "--summary counts by domain" 'grep -q "^  example.org  *[1-9]" "$tmp/summary"'
sed -n '/^Addresses to remove/,$p' "$tmp/summary" > "$tmp/remove"
check "the hard bounce is listed once, in lower case" '[ $(grep -ci "^  jwalsh@example.org$" "$tmp/remove") -eq 1 ] && grep -q "^  jwalsh@example.org$" "$tmp/remove"'
check "a full mailbox is not an address to remove" '! grep -q "h.larsen@example.org" "$tmp/remove"'
check "the list is sorted" 'tail -n +2 "$tmp/remove" | LC_ALL=C sort -c'

"$cli" --csv "$@" > "$tmp/csv"
status=$?
check "--csv succeeds" '[ $status -eq 0 ]'
check "--csv has the header and one row per JSON object" \
  '[ "$(head -n 1 "$tmp/csv" | tr -d "\r")" = "file,message,recipient,domain,action,status,reply_code,severity,reason,hard_bounce,provider,last_attempt,diagnostic" ] && [ $(grep -c "^[^,]*\.\(eml\|mbox\),[0-9]*," "$tmp/csv") -eq $messages ]'

"$cli" --csv --summary "$fixtures/not-a-bounce.eml" > /dev/null 2>&1
status=$?
check "--csv and --summary cannot be combined" '[ $status -eq 2 ]'

exit $failed
