" Headless Vim + ALE end-to-end test of the agentmd setup in docs/editors.md.
"
" Run by e2e/editors/run.sh as `vim -N -u vimrc -i NONE -n -es -S test.vim` with HOME (holding
" ~/.vim/ale_linters/markdown/agentmd.vim), PROJECT, OUT_FILE and WAIT_MS set. Every wait polls
" with a deadline; `:sleep` lets Vim read the server's messages. The outer `timeout` is the
" backstop. Exit code 0 means every check passed.

let s:failures = 0
let s:start = reltime()
let s:wait = str2float(empty($WAIT_MS) ? '30000' : $WAIT_MS) / 1000.0

function! s:Log(text) abort
  call writefile([printf('[%6.0fms] %s', reltimefloat(reltime(s:start)) * 1000, a:text)], $OUT_FILE, 'a')
endfunction

function! s:Check(ok, what) abort
  call s:Log((a:ok ? 'ok   ' : 'FAIL ') . a:what)
  if !a:ok
    let s:failures += 1
  endif
  return a:ok
endfunction

function! s:Finish() abort
  call s:Log(printf('done: %d failed check(s)', s:failures))
  execute s:failures == 0 ? 'qall!' : 'cquit!'
endfunction

" Polls Predicate() until it is true or the deadline passes; returns its last value.
function! s:Wait(Predicate) abort
  let l:deadline = reltimefloat(reltime()) + s:wait
  while !a:Predicate() && reltimefloat(reltime()) < l:deadline
    sleep 20m
  endwhile
  return a:Predicate()
endfunction

" ALE's problems from the agentmd linter in a buffer, sorted by position.
function! s:Diagnostics(buffer) abort
  let l:found = filter(copy(ale#engine#GetLoclist(a:buffer)), {_, v -> get(v, 'linter_name', '') is# 'agentmd'})
  return sort(l:found, {a, b -> a.lnum == b.lnum ? a.col - b.col : a.lnum - b.lnum})
endfunction

function! s:Describe(list) abort
  return empty(a:list) ? '(none)' : join(map(copy(a:list), {_, v -> printf('%d:%d %s %s %s', v.lnum, v.col, v.type, get(v, 'code', '?'), v.text)}), ' | ')
endfunction

function! s:Find(list, code) abort
  let l:found = filter(copy(a:list), {_, v -> get(v, 'code', '') is# a:code})
  return empty(l:found) ? {} : l:found[0]
endfunction

function! s:Connections() abort
  return values(ale#lsp#GetConnections())
endfunction

function! s:Main() abort
  call s:Log('vim ' . v:version . ', ALE linters for markdown: ' . join(map(ale#linter#Get('markdown'), 'v:val.name'), ', '))

  " 1. A plain markdown file in the same project: ALE lints it, but the agentmd linter has no
  "    executable there, so no server starts (checked in 3).
  execute 'edit ' . fnameescape($PROJECT . '/README.md')
  let l:readme = bufnr('%')
  call s:Check(&filetype is# 'markdown', 'README.md has filetype markdown (got ' . &filetype . ')')

  " 2. The agent file with two known mistakes; ALE lints it on entering (g:ale_lint_on_enter).
  execute 'edit ' . fnameescape($PROJECT . '/.claude/agents/reviewer.md')
  let l:agent = bufnr('%')
  if !s:Check(s:Wait({-> !empty(s:Diagnostics(l:agent))}), 'diagnostics arrived for reviewer.md')
    call s:Log('ALE connections: ' . string(ale#lsp#GetConnections()))
    return
  endif
  let l:diags = s:Diagnostics(l:agent)
  call s:Log('diagnostics: ' . s:Describe(l:diags))
  call s:Check(len(l:diags) == 2, 'exactly two diagnostics')
  let l:unknown = s:Find(l:diags, 'schema/unknown-key')
  call s:Check(get(l:unknown, 'lnum') == 4 && get(l:unknown, 'col') == 1 && get(l:unknown, 'type') is# 'W'
  \   && stridx(get(l:unknown, 'text', ''), 'Unknown key `modle`') >= 0,
  \   'schema/unknown-key warning at 4:1 for `modle`')
  let l:retired = s:Find(l:diags, 'tools/retired')
  call s:Check(get(l:retired, 'lnum') == 5 && get(l:retired, 'col') == 14 && get(l:retired, 'type') is# 'E'
  \   && stridx(get(l:retired, 'text', ''), '`MultiEdit` was merged into `Edit`') >= 0,
  \   'tools/retired at 5:14 for MultiEdit, an error as initialization_options say')

  " 3. One server, rooted at the folder that holds .claude, with the agent file open only.
  let l:connections = s:Connections()
  call s:Check(len(l:connections) == 1, 'one language server connection (got ' . len(l:connections) . ')')
  let l:conn = empty(l:connections) ? {'root': '', 'open_documents': {}, 'id': ''} : l:connections[0]
  call s:Check(resolve(l:conn.root) is# resolve($PROJECT), 'project root is the project (got ' . l:conn.root . ')')
  call s:Check(l:conn.id =~# '^agentmd:', 'the connection runs agentmd (got ' . l:conn.id . ')')
  call s:Check(has_key(l:conn.open_documents, l:agent), 'reviewer.md is open in the server')
  call s:Check(!has_key(l:conn.open_documents, l:readme), 'README.md is not')

  " 4. An edit: `modle: opus` becomes `model: `. ALE would lint after a pause in typing; a
  "    headless Vim does not type, so lint now. Same settings: tools/retired still an error.
  call setline(4, 'model: ')
  ALELint
  let l:ok = s:Wait({-> !empty(s:Find(s:Diagnostics(l:agent), 'agent/model'))})
  let l:diags = s:Diagnostics(l:agent)
  call s:Log('after the edit: ' . s:Describe(l:diags))
  call s:Check(l:ok && empty(s:Find(l:diags, 'schema/unknown-key')) && get(s:Find(l:diags, 'tools/retired'), 'type') is# 'E',
  \   'after the edit: agent/model reported, schema/unknown-key gone, tools/retired still an error')

  " 5. A second agent file in the project shares the connection.
  execute 'edit! ' . fnameescape($PROJECT . '/.claude/agents/helper.md')
  let l:helper = bufnr('%')
  call s:Check(s:Wait({-> has_key(l:conn.open_documents, l:helper)}) && len(s:Connections()) == 1,
  \   'helper.md is opened in the same server')
endfunction

try
  call s:Main()
catch
  call s:Check(0, 'no Vim error: ' . v:exception . ' at ' . v:throwpoint)
endtry
call s:Finish()
