#!/usr/bin/env bash
# The shell part of .github/workflows/entry-from-issue.yml, runnable without GitHub:
#   .github/scripts/entry-from-issue.sh ISSUE.md OUT_DIR
# ISSUE.md is the issue's body. Writes the entry into the archive's entries folder (via
# `awards from-issue`, downloading a Word form attached to the issue when there is one),
# runs `awards validate`, and leaves in OUT_DIR: `status` (ok or problems), `comment.md`
# (the Chinese answer for the issue) and `entry` (the new file's path, when written).
# Exit 0 either way: a contributor's mistake is an answer, not a failed run.
set -uo pipefail
issue=$1
out=$2
awards=${AWARDS:-.venv/bin/awards}
mkdir -p "$out"
: >"$out/entry"

# Messages name the issue file by its path on the runner; the contributor reads "议题".
# Each line is indented: a code block on GitHub, where nothing in a value renders or mentions.
located() {
  local quoted
  quoted=$(printf '%s' "$issue" | sed 's/[][\.*^$|/(){}+?]/\\&/g')
  sed -E -e "s/^$quoted:([0-9]+): /议题第 \1 行：/" -e "s/^$quoted: /议题：/" -e 's/^/    /' "$1"
}

args=()
url=$("$awards" from-issue "$issue" --attachment-url 2>/dev/null || true)
case "$url" in
  https://github.com/user-attachments/files/* | https://github.com/*/*/files/*) ;;
  *) url="" ;;  # only GitHub's own upload links are fetched
esac
note=""
if [ -n "$url" ]; then
  form="$out/form.${url##*.}"
  if curl -fsSL --max-filesize 20000000 --proto '=https' -o "$form" "$url"; then
    args+=(--attachment "$form")
  else
    note="（附件中的推荐表无法下载，已只按表单各项生成。）"
  fi
fi

status=problems
if "$awards" from-issue "$issue" "${args[@]}" >"$out/entry" 2>"$out/from-issue.txt"; then
  if "$awards" validate "$(cat "$out/entry")" >"$out/validate.txt" 2>&1; then
    status=ok
  fi
fi

{
  if [ "$status" = ok ]; then
    echo "已根据本议题生成条目 \`$(cat "$out/entry")\`，检查通过。$note"
    if [ -s "$out/from-issue.txt" ]; then
      echo
      echo "请留意："
      echo
      located "$out/from-issue.txt"
    fi
  else
    echo "本议题还不能生成条目，请按下面的提示修改：点击议题右上角的“…”，选择“Edit”（编辑），"
    echo "改好后保存，检查会自动重新进行。$note"
    echo
    [ -s "$out/from-issue.txt" ] && located "$out/from-issue.txt"
    [ -s "$out/validate.txt" ] && located "$out/validate.txt"
  fi
} >"$out/comment.md"
echo "$status" >"$out/status"
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "status=$status" >>"$GITHUB_OUTPUT"
fi
cat "$out/comment.md"
