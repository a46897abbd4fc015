package org.coopole.organisation;

/** An organisation must keep at least one manager: a manager cannot stop being one, nor deactivate themselves. */
public class ManagerRequired extends RuntimeException {

    public ManagerRequired() {
        super("an organisation keeps at least one manager");
    }
}
