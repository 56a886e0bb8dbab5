package org.treatylaw.specification;

import io.cucumber.spring.CucumberContextConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

@CucumberContextConfiguration
@SpringBootTest(properties = "treaty-status.data-dir=target/test-data")
@AutoConfigureMockMvc
public class CucumberSpringConfiguration {
}
