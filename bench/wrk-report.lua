-- wrk reports one run as a JSON line (read by bench/serve.py).
done = function(summary, latency, requests)
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "bytes": %d, "non2xx": %d, "socket_errors": %d, '
      .. '"p50_ms": %.2f, "p99_ms": %.2f}\n',
    summary.requests, summary.duration / 1e6, summary.bytes, summary.errors.status, socket,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
