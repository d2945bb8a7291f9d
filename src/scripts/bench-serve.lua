-- wrk script for src/scripts/bench-serve.sh: POSTs the JSON bodies of a file (one a line) in turn,
-- or GETs when the argument is "get", and prints the run's figures as "name value" lines when done.
local bodies = {}
local next_body = 0

function init(args)
  if args[1] == "get" then
    return
  end
  for line in io.lines(args[1]) do
    if #line > 0 then
      bodies[#bodies + 1] = line
    end
  end
  next_body = math.random(#bodies) -- each thread starts at its own message
end

function request()
  if #bodies == 0 then
    return wrk.format("GET")
  end
  next_body = next_body % #bodies + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, bodies[next_body])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests %d\nseconds %.3f\n", summary.requests, summary.duration / 1e6))
  io.write(string.format("non_2xx %d\nsocket_errors %d\ntimeouts %d\n", e.status, e.connect + e.read + e.write, e.timeout))
  for _, p in ipairs({50, 99, 99.9}) do
    io.write(string.format("p%s_ms %.2f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max_ms %.2f\n", latency.max / 1000))
end
