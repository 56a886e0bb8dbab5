package org.treatylaw;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TreatyStatusApplication {

    public static void main(String[] args) {
        SpringApplication.run(TreatyStatusApplication.class, args);
    }
}
