package com.partnerqbr.portal.web.param;

/**
 * A row chosen in a form together with the version the person saw ({@code "id:version"} in the
 * option's value), so that a change made since is refused as stale.
 */
public record VersionedId(long id, long version) {

    @Override
    public String toString() {
        return id + ":" + version;
    }
}
