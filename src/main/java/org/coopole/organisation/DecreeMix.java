package org.coopole.organisation;

import java.util.ArrayList;
import java.util.List;

/**
 * The mix the 2015 decree asks of a pole: at least three legal persons among its active members, among them at
 * least one social-economy (ESS) enterprise, one enterprise outside the ESS, and one other actor (local authority,
 * research centre, training body…).
 */
public record DecreeMix(int activeMembers, int essEnterprises, int otherEnterprises, int otherActors) {

    public enum Missing {
        THREE_MEMBERS,
        ESS_ENTERPRISE,
        OTHER_ENTERPRISE,
        OTHER_ACTOR;

        public String translationKey() {
            return "organisation.decree.missing." + name();
        }
    }

    /** How a member counts: ESS enterprise, enterprise outside the ESS, or other actor. */
    public static DecreeMix of(List<PoleMember> members) {
        int ess = 0;
        int companies = 0;
        int others = 0;
        int active = 0;
        for (PoleMember member : members) {
            if (member.status() != org.coopole.pole.MembershipStatus.ACTIVE) {
                continue;
            }
            active++;
            if (member.ess()) {
                ess++;
            } else if (member.legalForm() == LegalForm.COMPANY) {
                companies++;
            } else {
                others++;
            }
        }
        return new DecreeMix(active, ess, companies, others);
    }

    public List<Missing> missing() {
        List<Missing> missing = new ArrayList<>();
        if (activeMembers < 3) {
            missing.add(Missing.THREE_MEMBERS);
        }
        if (essEnterprises < 1) {
            missing.add(Missing.ESS_ENTERPRISE);
        }
        if (otherEnterprises < 1) {
            missing.add(Missing.OTHER_ENTERPRISE);
        }
        if (otherActors < 1) {
            missing.add(Missing.OTHER_ACTOR);
        }
        return missing;
    }

    public boolean meetsDecree() {
        return missing().isEmpty();
    }
}
