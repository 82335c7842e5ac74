package se.samsyn.shared;

/** Implemented by the principal objects the access module puts into the security context. */
public interface ActorHolder {

    Actor actor();
}
