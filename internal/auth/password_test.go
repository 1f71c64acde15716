package auth

import "testing"

func TestPasswordRoundTrip(t *testing.T) {
	hash, err := HashPassword("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := CheckPassword(hash, "correct horse battery staple"); !ok || err != nil {
		t.Errorf("the right password was refused: %v", err)
	}
	if ok, _ := CheckPassword(hash, "correct horse battery stapler"); ok {
		t.Error("a wrong password was accepted")
	}
	other, _ := HashPassword("correct horse battery staple")
	if other == hash {
		t.Error("two hashes of one password are equal: the salt is not random")
	}
}

func TestCheckPasswordRejectsMalformedHashes(t *testing.T) {
	for _, h := range []string{"", "plain", "$argon2i$v=19$m=1,t=1,p=1$c2FsdA$a2V5", "$argon2id$v=19$m=x$c2FsdA$a2V5", "$argon2id$v=19$m=1,t=1,p=1$!!$a2V5"} {
		if _, err := CheckPassword(h, "pw"); err == nil {
			t.Errorf("CheckPassword(%q) accepted a malformed hash", h)
		}
	}
}
