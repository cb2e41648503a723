package dev.scaleprojection.ingest.domain;

import java.util.List;

/**
 * A list of IP addresses written one after another is a list to check addresses against — the IPs a vendor calls from
 * (bitwarden's SCIM allow-list of Ping Identity's addresses), reserved ranges, a firewall's rules — not endpoints the
 * code connects to. In: a file's literals and one of them. The rule: the literal is a bare IPv4 or IPv6 address
 * (optionally with a prefix length) and stands in a run of at least {@link #LISTED} such literals separated only by
 * commas and white space. Out: whether it is such a list's entry.
 */
final class AddressLists {

    /** How many addresses in a row make a list: one or two are how code names the hosts it reaches. */
    private static final int LISTED = 3;

    private AddressLists() {
    }

    static boolean isListed(LexedSource source, StringLiteral literal) {
        if (!isAddress(literal.value())) {
            return false;
        }
        List<StringLiteral> literals = source.literals();
        int index = literals.indexOf(literal);
        if (index < 0) {
            return false;
        }
        String code = source.code();
        int first = index;
        while (first > 0 && adjacent(code, literals.get(first - 1), literals.get(first))
                && isAddress(literals.get(first - 1).value())) {
            first--;
        }
        int last = index;
        while (last + 1 < literals.size() && adjacent(code, literals.get(last), literals.get(last + 1))
                && isAddress(literals.get(last + 1).value())) {
            last++;
        }
        return last - first + 1 >= LISTED;
    }

    private static boolean isAddress(String value) {
        int slash = value.indexOf('/');
        String host = slash < 0 ? value : value.substring(0, slash);
        return Hosts.isIpv4(host) || host.indexOf(':') >= 0 && Hosts.isIpv6("[" + host + "]");
    }

    /** Whether only a comma and white space stand between two literals. */
    private static boolean adjacent(String code, StringLiteral before, StringLiteral after) {
        boolean comma = false;
        for (int i = before.endOffset(); i < after.startOffset(); i++) {
            char c = code.charAt(i);
            if (c == ',' && !comma) {
                comma = true;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return comma;
    }
}
