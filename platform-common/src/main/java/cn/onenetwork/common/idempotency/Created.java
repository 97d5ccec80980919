package cn.onenetwork.common.idempotency;

import java.net.URI;

/** The outcome of a create: the new resource, where it lives, and its version for the ETag. */
public record Created<T>(T body, URI location, long version) {
}
