-- One JSON line ("WRK_JSON {...}") after wrk's report: requests, rate, latency
-- percentiles and errors, for bench/pages.py to read.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"rps":%.1f,"p50_ms":%.2f,"p99_ms":%.2f,' ..
    '"errors":%d,"non2xx":%d}\n',
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
