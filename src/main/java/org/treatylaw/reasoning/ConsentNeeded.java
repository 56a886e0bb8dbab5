package org.treatylaw.reasoning;

/**
 * The consent of a member (or party) that an accession needs: of a state that is a member (or party) when the
 * candidate asks to accede.
 *
 * @param target the organization or instrument acceded to
 */
public record ConsentNeeded(String target, String candidate, String state, Because because) implements Because.Explained {
}
