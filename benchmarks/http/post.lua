-- wrk request script: POST the workload query (BENCH_BODY) as application/json to BENCH_PATH.
wrk.method = "POST"
wrk.path = os.getenv("BENCH_PATH") or "/graphql"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
