-- wrk request script: POST BENCH_BODY as application/json to BENCH_PATH with the bearer token BENCH_TOKEN.
wrk.method = "POST"
wrk.path = os.getenv("BENCH_PATH") or "/graphql"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
