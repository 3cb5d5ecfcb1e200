-- Headless Neovim end-to-end test of the agentmd setup from docs/editors.md.
--
-- Run by e2e/editors/run.sh as
--   nvim --headless -i NONE -n -u <setup block from docs/editors.md> -c 'luafile test.lua'
-- with PROJECT (a copy of e2e/editors/project), OUT_FILE and WAIT_MS set. Works on Neovim 0.7.2
-- (push diagnostics, start_client), 0.10 (vim.lsp.start, pull diagnostics) and 0.11+
-- (vim.lsp.config/enable). Every wait polls with a deadline; the outer `timeout` is the backstop.
-- Exit code 0 means every check passed.

local project = assert(vim.env.PROJECT, 'PROJECT is not set')
local wait_ms = tonumber(vim.env.WAIT_MS or '30000')
local out = assert(io.open(assert(vim.env.OUT_FILE, 'OUT_FILE is not set'), 'w'))
local uv = vim.uv or vim.loop
local t0 = uv.hrtime()
local failures = 0

local function log(text)
  out:write(string.format('[%6.0fms] %s\n', (uv.hrtime() - t0) / 1e6, text))
  out:flush()
end

local function check(ok, what)
  log((ok and 'ok   ' or 'FAIL ') .. what)
  if not ok then
    failures = failures + 1
  end
  return ok
end

local function finish()
  log(string.format('done: %d failed check(s)', failures))
  out:close()
  -- A plain :cq can hang on a client that does not answer; os.exit never does.
  os.exit(failures == 0 and 0 or 1)
end

local function agentmd_clients(bufnr)
  local all = vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()
  local found = {}
  for _, client in ipairs(all) do
    if client.name == 'agentmd' and (bufnr == nil or vim.lsp.buf_is_attached(bufnr, client.id)) then
      table.insert(found, client)
    end
  end
  return found
end

-- The agentmd diagnostics of a buffer as {line, col, code, severity, message}, 1-based.
local function diagnostics(bufnr)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.source == 'agentmd' then
      -- 0.7 keeps the LSP code in user_data; 0.8+ also copies it to `code`.
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      table.insert(found, { line = d.lnum + 1, col = d.col + 1, code = code, severity = d.severity, message = d.message })
    end
  end
  table.sort(found, function(a, b)
    return a.line < b.line or (a.line == b.line and a.col < b.col)
  end)
  return found
end

local function describe(list)
  local parts = {}
  for _, d in ipairs(list) do
    table.insert(parts, string.format('%d:%d %s sev=%d %s', d.line, d.col, tostring(d.code), d.severity, d.message))
  end
  return #parts == 0 and '(none)' or table.concat(parts, ' | ')
end

local function find(list, code)
  for _, d in ipairs(list) do
    if d.code == code then
      return d
    end
  end
end

local function edit(path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  return vim.api.nvim_get_current_buf()
end

local function main()
  local version = vim.version()
  log(string.format('nvim %d.%d.%d', version.major, version.minor, version.patch))
  local severity = vim.diagnostic.severity

  -- 1. A plain markdown file in the same project: no server may start for it (checked in 3).
  local readme = edit(project .. '/README.md')
  check(vim.bo[readme].filetype == 'markdown', 'README.md has filetype markdown (got ' .. vim.bo[readme].filetype .. ')')

  -- 2. The agent file with two known mistakes.
  local agent = edit(project .. '/.claude/agents/reviewer.md')
  check(vim.bo[agent].filetype == 'markdown', 'reviewer.md has filetype markdown')
  local got = vim.wait(wait_ms, function()
    return #diagnostics(agent) > 0
  end, 20)
  if not check(got, 'diagnostics arrived for reviewer.md') then
    log('agentmd clients: ' .. #agentmd_clients() .. '; the LSP log is in $XDG_STATE_HOME/nvim')
    return
  end
  local diags = diagnostics(agent)
  log('diagnostics: ' .. describe(diags))
  check(#diags == 2, 'exactly two diagnostics')
  local unknown = find(diags, 'schema/unknown-key')
  check(
    unknown and unknown.line == 4 and unknown.col == 1 and unknown.severity == severity.WARN
      and unknown.message:find('Unknown key `modle`', 1, true) ~= nil,
    'schema/unknown-key warning at 4:1 for `modle`'
  )
  local retired = find(diags, 'tools/retired')
  check(
    retired and retired.line == 5 and retired.col == 14 and retired.severity == severity.ERROR
      and retired.message:find('`MultiEdit` was merged into `Edit`', 1, true) ~= nil,
    'tools/retired at 5:14 for MultiEdit, an error as init_options say'
  )

  -- 3. One server, rooted at the folder that holds .claude, attached to the agent file only.
  local clients = agentmd_clients()
  check(#clients == 1, 'one agentmd client (got ' .. #clients .. ')')
  local client = clients[1] or {}
  local root = client.config and client.config.root_dir
  check(root and vim.fn.resolve(root) == vim.fn.resolve(project), 'root_dir is the project (got ' .. tostring(root) .. ')')
  check(#agentmd_clients(agent) == 1, 'reviewer.md is attached')
  check(#agentmd_clients(readme) == 0, 'README.md is not attached')
  local caps = client.server_capabilities or {}
  log('diagnostics are ' .. (caps.diagnosticProvider and 'pulled by the client' or 'pushed by the server'))

  -- 4. An edit: `modle: opus` becomes `model: `; the server checks the new text, with the same
  -- settings (tools/retired still an error).
  vim.api.nvim_buf_set_lines(agent, 3, 4, false, { 'model: ' })
  got = vim.wait(wait_ms, function()
    return find(diagnostics(agent), 'agent/model') ~= nil
  end, 20)
  diags = diagnostics(agent)
  log('after the edit: ' .. describe(diags))
  retired = find(diags, 'tools/retired')
  check(
    got and find(diags, 'schema/unknown-key') == nil and retired and retired.severity == severity.ERROR,
    'after the edit: agent/model reported, schema/unknown-key gone, tools/retired still an error'
  )

  -- 5. Completion after `model: ` offers sonnet.
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(agent) },
    position = { line = 3, character = 7 },
    context = { triggerKind = 1 },
  }
  local responses = vim.lsp.buf_request_sync(agent, 'textDocument/completion', params, wait_ms) or {}
  local labels = {}
  for _, response in pairs(responses) do
    local result = response.result or {}
    for _, item in ipairs(result.items or result) do
      table.insert(labels, item.label)
    end
  end
  log('completion labels: ' .. table.concat(labels, ', '))
  check(vim.tbl_contains(labels, 'sonnet'), 'completion after `model: ` offers sonnet')

  -- 6. A second agent file in the project shares the server.
  local helper = edit(project .. '/.claude/agents/helper.md')
  got = vim.wait(wait_ms, function()
    return #agentmd_clients(helper) > 0
  end, 20)
  check(got and #agentmd_clients() == 1 and agentmd_clients(helper)[1].id == client.id, 'helper.md reuses the same client')

  -- 7. Shut the server down and make sure it goes.
  for _, c in ipairs(agentmd_clients()) do
    vim.lsp.stop_client(c.id)
  end
  got = vim.wait(10000, function()
    return #agentmd_clients() == 0
  end, 20)
  check(got, 'the server stopped')
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  check(false, 'no Lua error: ' .. tostring(err))
end
finish()
