package ru.nko42.portal.account.boundary;

/** What a person enters to sign up. The password is a char array, cleared by the service once hashed. */
public record SignUp(String email, char[] password, String displayName, String language) {}
