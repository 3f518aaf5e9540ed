package io.accountcontracts.stub.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.IPAddress;

/**
 * A fresh EC P-256 key pair and a self-signed certificate for it, made for one run of a stub. The only class
 * that touches BouncyCastle, and only {@link TlsMaterial#forRun} calls it, so a stub without HTTPS loads none of
 * it. BouncyCastle builds and signs the certificate; the keys, the signature and the parsing stay the JDK's
 * own providers (no provider is registered, so a consumer's JVM is left as it was).
 */
final class RunCertificate {

    /** Valid from this long before it is made, for a clock that lags the stub's (a container, a VM). */
    static final Duration BACKDATED = Duration.ofHours(1);
    /** Longer than any test run or working session, short enough that a copy left behind soon stops working. */
    static final Duration LIFETIME = Duration.ofDays(30);

    static final String LOCALHOST = "localhost";
    static final List<String> LOOPBACK_ADDRESSES = List.of("127.0.0.1", "::1");

    final KeyPair keys;
    final X509Certificate certificate;

    private RunCertificate(KeyPair keys, X509Certificate certificate) {
        this.keys = keys;
        this.certificate = certificate;
    }

    /**
     * @param extraName a host name or IP address the stub binds other than loopback, named in the certificate
     *                  too; null for none
     */
    static RunCertificate make(Instant now, String extraName) {
        try {
            SecureRandom random = new SecureRandom();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + LOCALHOST + ", O=account-contracts stub, OU=made for one run");
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name,
                    new BigInteger(64, random).setBit(63), // positive, 8 bytes: as RFC 5280 asks
                    Date.from(now.minus(BACKDATED)),
                    Date.from(now.plus(LIFETIME)),
                    name,
                    keys.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false, subjectAltNames(extraName));
            // An end entity that is its own trust anchor: clients trust exactly this certificate, and it can
            // sign nothing else.
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(
                    Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            byte[] der = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()))
                    .getEncoded();
            X509Certificate certificate = (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            return new RunCertificate(keys, certificate);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make the HTTPS certificate: " + e.getMessage(), e);
        }
    }

    private static GeneralNames subjectAltNames(String extraName) {
        List<GeneralName> names = new ArrayList<>();
        names.add(new GeneralName(GeneralName.dNSName, LOCALHOST));
        for (String address : LOOPBACK_ADDRESSES) {
            names.add(new GeneralName(GeneralName.iPAddress, address));
        }
        if (extraName != null) {
            names.add(new GeneralName(
                    IPAddress.isValid(extraName) ? GeneralName.iPAddress : GeneralName.dNSName, extraName));
        }
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }
}
