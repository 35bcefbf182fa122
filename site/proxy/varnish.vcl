# Varnish in front of Casebook's app servers (gunicorn at 127.0.0.1:8000), behind the
# TLS proxy. It keeps what the app marks public for its s-maxage, serves it stale for
# stale-while-revalidate while it fetches it again, and drops an address when the app
# purges it (FRONTEND_CACHE_URL=http://127.0.0.1:6081: a PURGE per address, sent by
# wagtail.contrib.frontend_cache from the page cache's tags).
vcl 4.1;

backend app {
    .host = "127.0.0.1";
    .port = "8000";
}

# Who may purge: the app servers.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        return (purge);
    }
    # BAN drops every address matching a pattern (X-Ban-Url), e.g. after a deployment:
    # curl -X BAN -H "X-Ban-Url: ^/" http://127.0.0.1:6081/
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("req.http.host == " + req.http.host + " && req.url ~ " + req.http.X-Ban-Url);
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # Signed-in editors and visitors with messages go straight to the app, which marks
    # their answers private. Other cookies (csrftoken) change nothing anonymous visitors
    # see: drop them, so those visitors share the cache.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_deliver {
    # For operators (and the tests): whether this answer came from Varnish.
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
