package org.coopole.organisation;

import org.springframework.stereotype.Component;

/**
 * The invitation email. Written in French and English at once: the person invited has not chosen a language yet.
 */
@Component
class InvitationMail {

    String subject() {
        return "Invitation à rejoindre Coopole / Invitation to join Coopole";
    }

    String text(String firstName, String organisationName, String link) {
        return """
                Bonjour %1$s,

                Vous êtes invité·e à rejoindre %2$s sur Coopole, l’espace de travail de votre pôle territorial de \
                coopération économique. Choisissez votre mot de passe en ouvrant ce lien (valable 7 jours, une seule \
                fois) :

                %3$s

                ---

                Hello %1$s,

                You are invited to join %2$s on Coopole, your pole's workspace. Choose your password by opening this \
                link (valid for 7 days, once):

                %3$s
                """.formatted(firstName, organisationName, link);
    }
}
