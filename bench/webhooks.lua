-- wrk script: POST pre-signed, uniquely numbered webhooks (see make-webhooks.py).
-- Each thread takes every nth line, so no webhook is sent twice. Set WEBHOOKS, RANDOM and,
-- for a paced run, DELAY_MS (per connection) in the environment.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local total = tonumber(os.getenv("THREADS") or "2")
  local random = os.getenv("RANDOM_HEADER")
  requests = {}
  local n = 0
  for line in io.lines(os.getenv("WEBHOOKS")) do
    if n % total == id then
      local signature, body = line:match("^(%x+)\t(.*)$")
      table.insert(requests, wrk.format("POST", nil, {
        ["Content-Type"] = "application/json",
        ["X-Nextcloud-Talk-Random"] = random,
        ["X-Nextcloud-Talk-Signature"] = signature,
        ["X-Nextcloud-Talk-Backend"] = "http://127.0.0.1:18081/",
        ["OCS-APIRequest"] = "true",
      }, body))
    end
    n = n + 1
  end
  index = 0
  delay_ms = tonumber(os.getenv("DELAY_MS") or "0")
end

function request()
  index = index + 1
  if index > #requests then index = 1 end -- exhausted: repeats are duplicates (still 200)
  return requests[index]
end

if os.getenv("DELAY_MS") then
  function delay() return delay_ms end
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx: %d, socket errors: %d\n", summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
