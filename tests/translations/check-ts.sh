#!/bin/sh
# Checks translations/limber_*.ts against the sources, the way
# scripts/update-translations would refresh them, without writing them:
#
#   - every user-visible string of app/ is in every .ts file, and no .ts
#     file holds a string the sources no longer have;
#   - every message is translated (no "unfinished", "vanished" or
#     "obsolete" left, and no translation empty).
#
#   tests/translations/check-ts.sh SOURCE_DIR [LUPDATE]
#
# Exit 0 when all holds; 1 with the offending messages listed otherwise.
set -eu
src=$(cd "$1" && pwd)
lupdate=${2:-/usr/lib/qt6/bin/lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# The messages of a .ts file, as "context: source" lines; with a second
# argument, only those whose translation is marked so ("unfinished").
messages() {
    awk -v mark="${2:+type=\"$2\"}" 'BEGIN { RS = "</message>" }
        {
            if (match($0, /<name>[^<]*<\/name>/))
                context = substr($0, RSTART + 6, RLENGTH - 13)
            if ((mark == "" || index($0, mark)) && match($0, /<source>[^<]*<\/source>/))
                print "  " context ": " substr($0, RSTART + 8, RLENGTH - 17)
        }' "$1" |
        sed -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&amp;/\&/g'
}

status=0
for ts in "$src"/translations/limber_*.ts; do
    name=$(basename "$ts")
    copy="$tmp/$name"
    cp "$ts" "$copy"
    # English holds only the plural forms (see scripts/update-translations).
    case "$name" in
    limber_en.ts) only=-pluralonly ;;
    *) only= ;;
    esac
    # shellcheck disable=SC2086 # $only is one option or none
    "$lupdate" -silent -locations none -no-obsolete $only "$src/app" -ts "$copy" >"$tmp/lupdate.log" 2>&1 || {
        echo "$name: lupdate failed:"
        cat "$tmp/lupdate.log"
        status=1
        continue
    }
    if ! cmp -s "$ts" "$copy"; then
        echo "$name: out of step with the sources (run scripts/update-translations):"
        messages "$ts" >"$tmp/before"
        messages "$copy" >"$tmp/after"
        if cmp -s "$tmp/before" "$tmp/after"; then
            diff -u "$ts" "$copy" | sed -n '3,$p' | grep '^[-+]' | sed 's/^/  /'
        else
            diff "$tmp/before" "$tmp/after" | sed -n -e 's/^>  */  new in the sources: /p' \
                -e 's/^<  */  no longer in the sources: /p'
        fi
        status=1
    fi
    # A translation left empty shows nothing at all (English holds only
    # plural forms, each filled by the script).
    empty=$(awk 'BEGIN { RS = "</message>" }
        {
            if (match($0, /<name>[^<]*<\/name>/))
                context = substr($0, RSTART + 6, RLENGTH - 13)
            if ((index($0, "<translation></translation>") || index($0, "<translation/>") ||
                 index($0, "<numerusform></numerusform>")) && match($0, /<source>[^<]*<\/source>/))
                print "  " context ": " substr($0, RSTART + 8, RLENGTH - 17)
        }' "$ts")
    if [ -n "$empty" ]; then
        echo "$name: $(printf '%s\n' "$empty" | wc -l) empty translation(s):"
        printf '%s\n' "$empty"
        status=1
    fi
    for mark in unfinished vanished obsolete; do
        found=$(messages "$ts" "$mark")
        if [ -n "$found" ]; then
            echo "$name: $(printf '%s\n' "$found" | wc -l) $mark message(s):"
            printf '%s\n' "$found"
            status=1
        fi
    done
done
[ "$status" -eq 0 ] && echo "translations: every .ts file is complete and in step with the sources"
exit "$status"
