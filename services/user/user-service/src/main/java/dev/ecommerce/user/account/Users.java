package dev.ecommerce.user.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Users extends JpaRepository<User, UUID> {

	Optional<User> findByEmail(String email);

	boolean existsByEmail(String email);

	Page<User> findByStatusNot(UserStatus status, Pageable pageable);

	Page<User> findByStatusNotAndEmailContaining(UserStatus status, String email, Pageable pageable);

}
